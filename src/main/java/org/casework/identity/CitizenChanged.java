package org.casework.identity;

/** The profile was changed elsewhere since it was read: nothing was saved, and the page should show the new one. */
public class CitizenChanged extends RuntimeException {
    public CitizenChanged() {
        super("Your details were changed in another window. Check them and make your changes again");
    }
}
