package org.casework.registry;

/**
 * Two person records were found to be the same human and merged: every link of {@code merged} now belongs to
 * {@code survivor}, and {@code merged} is kept only as a pointer to it. Published synchronously inside the merge's
 * transaction, so a listener (the case file moving its case links) runs in that transaction with a plain
 * {@code @EventListener}, and its failure rolls the whole merge back; listen with {@code @TransactionalEventListener}
 * only for what may happen after the commit.
 */
public record PeopleMerged(PersonId survivor, PersonId merged, String by) {}
