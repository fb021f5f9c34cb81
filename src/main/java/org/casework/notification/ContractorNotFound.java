package org.casework.notification;

/** No contractor has this key. */
public class ContractorNotFound extends RuntimeException {
    public ContractorNotFound(String key) {
        super("There is no contractor '" + key + "'");
    }
}
