/** The administrators' notification pages: templates with their previews, the delivery log and contractors. */
package org.casework.notification.web;
