package org.casework.identity;

import java.util.UUID;

/**
 * A citizen opened the link emailed to them, so the account's email address is theirs: the person register links the
 * account to the one person with that address. Published inside the confirming transaction.
 */
public record CitizenEmailConfirmed(UUID citizen, String email) {}
