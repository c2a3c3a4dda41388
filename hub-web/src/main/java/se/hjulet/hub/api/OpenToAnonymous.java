package se.hjulet.hub.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write that works without a login, on purpose: {@link RequestLimits} answers every other anonymous write 401
 * before reading its body. Today only the one-click unsubscribe of an alert mail (RFC 8058), which a mail client
 * posts without any login and which is authorised by the token it carries.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OpenToAnonymous {
}
