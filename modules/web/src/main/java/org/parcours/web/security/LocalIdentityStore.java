package org.parcours.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.parcours.application.person.LocalAccounts;
import org.parcours.domain.person.Person;
import org.parcours.domain.person.Role;

/** Checks local accounts (hashed passwords in the database); their roles become the caller's groups. */
@ApplicationScoped
public class LocalIdentityStore implements IdentityStore {

    @Inject
    LocalAccounts accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.verify(login.getCaller(), login.getPassword().getValue())
                .map(LocalIdentityStore::valid)
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static CredentialValidationResult valid(Person person) {
        return new CredentialValidationResult(person.getUsername(),
                person.getRoles().stream().map(Role::code).collect(Collectors.toSet()));
    }
}
