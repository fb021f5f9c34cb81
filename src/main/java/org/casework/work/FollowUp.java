package org.casework.work;

import java.time.LocalDate;

/**
 * Something an officer has promised to do on a case outside its process's tasks (call back, visit, review), shown
 * on their My tasks until it is done: the case's reference, what, when by, and the page where it is marked done.
 */
public record FollowUp(String caseReference, String what, LocalDate dueOn, String link) {}
