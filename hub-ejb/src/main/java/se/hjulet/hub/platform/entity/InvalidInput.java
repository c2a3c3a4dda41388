package se.hjulet.hub.platform.entity;

import jakarta.ejb.ApplicationException;

/** Input a person can correct: names the field and says what is wrong. Rolls back the transaction. */
@ApplicationException(rollback = true)
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
