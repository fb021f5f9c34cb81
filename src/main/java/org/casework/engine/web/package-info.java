/** The engine's administration page: the secrets API steps send. */
package org.casework.engine.web;
