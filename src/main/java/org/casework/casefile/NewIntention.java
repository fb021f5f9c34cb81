package org.casework.casefile;

import java.time.LocalDate;

/**
 * Promise a follow-up: its type (a code from the lookup list for the case's department), what, the day it is due
 * and its owner, a staff member who can see the case.
 */
public record NewIntention(String type, String description, LocalDate dueOn, String owner) {}
