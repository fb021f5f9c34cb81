package org.casework.identity;

/** What a citizen gives to register. */
public record NewCitizen(String email, String password, String givenName, String familyName) {}
