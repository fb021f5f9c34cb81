-- The registry's lookup lists: one table for every list, keyed by list and code. Owned by org.casework.registry.
-- Records elsewhere keep the code; a retired value (retired_at set) is offered no more but still has its label, so
-- old records still read well. department is the code of a value of the 'departments' list, for the lists kept per
-- department; null means every department.
create table lookup_values (
    list_key       varchar(40)  not null,
    code           varchar(60)  not null,
    label          varchar(200) not null,
    inverse_label  varchar(200),
    department     varchar(60),
    created_at     timestamp with time zone not null,
    retired_at     timestamp with time zone,
    primary key (list_key, code)
);

insert into lookup_values (list_key, code, label, inverse_label, created_at) values
    ('contact-types', 'email', 'Email address', null, current_timestamp),
    ('contact-types', 'mobile', 'Mobile phone', null, current_timestamp),
    ('contact-types', 'home-phone', 'Home phone', null, current_timestamp),
    ('contact-types', 'work-phone', 'Work phone', null, current_timestamp),
    ('reference-types', 'council-tax-account', 'Council Tax account number', null, current_timestamp),
    ('reference-types', 'ni-number', 'National Insurance number', null, current_timestamp),
    ('reference-types', 'housing-reference', 'Housing reference', null, current_timestamp),
    ('reference-types', 'nhs-number', 'NHS number', null, current_timestamp),
    ('relationship-types', 'parent', 'Parent of', 'Child of', current_timestamp),
    ('relationship-types', 'carer', 'Carer of', 'Cared for by', current_timestamp),
    ('relationship-types', 'landlord', 'Landlord of', 'Tenant of', current_timestamp),
    ('relationship-types', 'partner', 'Partner of', 'Partner of', current_timestamp),
    ('relationship-types', 'representative', 'Represents', 'Represented by', current_timestamp),
    ('case-roles', 'applicant', 'Applicant', null, current_timestamp),
    ('case-roles', 'subject', 'Subject', null, current_timestamp),
    ('case-roles', 'representative', 'Representative', null, current_timestamp),
    ('case-roles', 'witness', 'Witness', null, current_timestamp),
    ('task-categories', 'assessment', 'Assessment', null, current_timestamp),
    ('task-categories', 'phone-call', 'Phone call', null, current_timestamp),
    ('task-categories', 'site-visit', 'Site visit', null, current_timestamp),
    ('task-categories', 'correspondence', 'Letters and emails', null, current_timestamp),
    ('intention-types', 'call-back', 'Call the person back', null, current_timestamp),
    ('intention-types', 'visit', 'Visit', null, current_timestamp),
    ('intention-types', 'review', 'Review the case', null, current_timestamp),
    ('system-conditions', 'waiting-on-other-team', 'Waiting on another team', null, current_timestamp),
    ('system-conditions', 'system-unavailable', 'A computer system was unavailable', null, current_timestamp),
    ('system-conditions', 'missing-information', 'Information missing from the request', null, current_timestamp),
    ('system-conditions', 'no-access', 'Could not get access to the property', null, current_timestamp);

-- The engine's abandon reasons become one of the lists, with their codes unchanged.
insert into lookup_values (list_key, code, label, created_at, retired_at)
    select 'abandon-reasons', code, label, current_timestamp, case when active then null else current_timestamp end
    from abandon_reasons;
drop table abandon_reasons;
