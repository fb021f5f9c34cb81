package org.casework.work;

import java.util.List;

/** One page of a queue, oldest due first, with the cursor for the next page (null on the last page). */
public record QueuePage(List<TaskView> tasks, String next) {}
