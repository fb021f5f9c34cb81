/**
 * The person register's internals: the tables, checking what is typed, name keys for searching, the duplicate check
 * and merging. Other modules use the {@code People} facade in the registry's root package, never these classes.
 */
package org.casework.registry.people;
