package org.casework.casefile;

/** Record a demand: its type and category (codes from the lookup lists for the case's department) and what it is. */
public record NewDemand(String type, String category, String description) {}
