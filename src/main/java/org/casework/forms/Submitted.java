package org.casework.forms;

import org.casework.engine.CaseView;
import org.casework.portal.TrackingLink;

/** A sent form: the case it started and the link to follow it, for the confirmation page and email. */
public record Submitted(CaseView request, TrackingLink trackingLink) {}
