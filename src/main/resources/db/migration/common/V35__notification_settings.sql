-- Channel settings administrators store (module notification), one row per setting: GOV.UK Notify's API key, address,
-- template ids and callback token, the email provider and the SMTP sender. A secret's value is sealed by
-- platform.SecretBox (AES-GCM under casework.secrets.key), never kept in the clear. A setting the environment supplies
-- (casework.notify.*, casework.notifications.*) wins over a stored one.

create table notification_settings (
    setting_key   varchar(100)             primary key,
    setting_value varchar(4000)            not null,
    sealed        boolean                  not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(200)             not null
);
