package org.parcours.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.activation.DataHandler;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parcours.domain.schedule.Outbox;
import org.parcours.domain.territory.EmailAddress;
import org.parcours.infrastructure.operations.OperationalMetrics;

/**
 * Sends notices over SMTP, one message per recipient. A failure is logged, never thrown: the change
 * that caused the notice is already saved and must not look failed to the person who made it.
 */
@ApplicationScoped
public class SmtpOutbox implements Outbox {

    private static final Logger LOG = Logger.getLogger(SmtpOutbox.class.getName());

    @Inject
    OperationalMetrics metrics;

    @Inject
    @ConfigProperty(name = "parcours.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "parcours.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "parcours.mail.from", defaultValue = "parcours@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "parcours.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "parcours.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "parcours.mail.starttls", defaultValue = "false")
    boolean startTls;

    @Override
    public void send(Collection<EmailAddress> to, String subject, String text) {
        send(to, subject, text, (MailFile) null);
    }

    @Override
    public void send(Collection<EmailAddress> to, String subject, String text, MailFile file) {
        if (to.isEmpty()) {
            return;
        }
        if (host.filter(h -> !h.isBlank()).isEmpty()) {
            LOG.info(() -> "No mail server configured (PARCOURS_MAIL_HOST): not sending \"" + subject + "\" to "
                    + to.size() + " recipient(s).");
            return;
        }
        jakarta.mail.Session mail = jakarta.mail.Session.getInstance(properties(), authenticator());
        for (EmailAddress address : to) {
            try {
                MimeMessage message = new MimeMessage(mail);
                message.setFrom(new InternetAddress(from));
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(address.getValue()));
                message.setSubject(subject, StandardCharsets.UTF_8.name());
                if (file == null) {
                    message.setText(text, StandardCharsets.UTF_8.name());
                } else {
                    MimeBodyPart body = new MimeBodyPart();
                    body.setText(text, StandardCharsets.UTF_8.name());
                    MimeBodyPart attached = new MimeBodyPart();
                    attached.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
                    attached.setFileName(file.fileName());
                    message.setContent(new MimeMultipart(body, attached));
                }
                message.setSentDate(Date.from(Instant.now()));
                Transport.send(message);
                metrics.emailSent();
            } catch (MessagingException e) {
                metrics.emailFailed();
                LOG.log(Level.WARNING, "Could not send \"" + subject + "\" to " + address.getValue(), e);
            }
        }
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("mail.smtp.host", host.orElseThrow());
        p.put("mail.smtp.port", Integer.toString(port));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        p.put("mail.smtp.auth", Boolean.toString(user.isPresent()));
        p.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        return p;
    }

    private Authenticator authenticator() {
        if (user.isEmpty()) {
            return null;
        }
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user.get(), password.orElse(""));
            }
        };
    }
}
