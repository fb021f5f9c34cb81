/**
 * The process designer: the administrators' pages that write a process's draft without JSON (its details, fields,
 * stages, steps of every kind with their conditions, actions, service level and retention), show each validation
 * problem beside the thing it is about, and publish the draft with a change note. Also the shared field library.
 * Each page loads the draft, changes one part and saves it with the revision it was opened at, so two
 * administrators editing the same draft never undo each other's work unseen.
 */
package org.casework.definition.web;
