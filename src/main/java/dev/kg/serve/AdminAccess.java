package dev.kg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.Constraint;
import org.eclipse.jetty.security.UserStore;

/**
 * Who may change the server through Fuseki's admin area {@code /$/}: the operator, by HTTP Basic
 * authentication as {@value #USER} with the password given at start, or nobody when none was given.
 * Reads there (ping, server and dataset descriptions, statistics, task lists: what the UI shows) stay
 * open, as do the UI's validators, which only parse what they are sent. Everything else under
 * {@code /$/} that is not a GET (create, delete or take offline a dataset, back up, compact) needs the
 * password. Jetty's constraint handler enforces it before any Fuseki servlet runs, so an admin path
 * that a later Fuseki adds is covered too.
 *
 * <pre>
 *   KgServer.start(dsg, ServerSettings.local(3030).withAdmin(AdminAccess.password("s3cret")));
 * </pre>
 */
public final class AdminAccess {
    /** The user name the operator authenticates with. */
    public static final String USER = "admin";
    public static final String REALM = "kg admin";
    /** Fuseki's admin area; its servlets are all mounted below it. */
    static final String ADMIN_AREA = "/$/*";
    /** The UI's validators: they parse a query, update or data sent to them, and change nothing. */
    static final String VALIDATORS = "/$/validate/*";
    /** Methods that only read; a Fuseki admin action answers them without changing anything. */
    private static final String[] READS = {"GET", "HEAD", "OPTIONS"};

    private final Optional<String> password;

    private AdminAccess(Optional<String> password) {
        this.password = password;
    }

    /** No password: every changing {@code /$/} request is refused (403). */
    public static AdminAccess locked() {
        return new AdminAccess(Optional.empty());
    }

    public static AdminAccess password(String password) {
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("the admin password must not be empty");
        }
        return new AdminAccess(Optional.of(password));
    }

    /** The password in the first line of {@code file} (so that it stays out of the process list). */
    public static AdminAccess passwordFile(Path file) {
        try {
            String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
            if (first.isEmpty()) {
                throw new ServeException(file + ": the first line should be the admin password, but it is empty");
            }
            return password(first);
        } catch (IOException e) {
            throw new ServeException(file + ": cannot read the admin password file (" + e.getMessage() + ")", e);
        }
    }

    public boolean isLocked() {
        return password.isEmpty();
    }

    /** Jetty's security handler for the server, with the admin area's constraints. */
    ConstraintSecurityHandler securityHandler() {
        UserStore users = password.map(pw -> JettySecurityLib.makeUserStore(USER, pw)).orElseGet(UserStore::new);
        ConstraintSecurityHandler handler = JettySecurityLib.makeSecurityHandler(REALM, users, AuthScheme.BASIC);
        handler.addConstraintMapping(changes(password.isPresent() ? Constraint.ANY_USER : Constraint.FORBIDDEN));
        for (String read : READS) { // said outright, so that Jetty knows no method was forgotten
            ConstraintMapping open = mapping(ADMIN_AREA, Constraint.ALLOWED);
            open.setMethod(read);
            handler.addConstraintMapping(open);
        }
        handler.addConstraintMapping(mapping(VALIDATORS, Constraint.ALLOWED)); // the longer path wins in Jetty
        return handler;
    }

    private static ConstraintMapping changes(Constraint constraint) {
        ConstraintMapping m = mapping(ADMIN_AREA, constraint);
        m.setMethodOmissions(READS); // every method but these
        return m;
    }

    private static ConstraintMapping mapping(String pathSpec, Constraint constraint) {
        ConstraintMapping m = new ConstraintMapping();
        m.setPathSpec(pathSpec);
        m.setConstraint(constraint);
        return m;
    }
}
