package id.dinsos.portal.letter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Optional;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.dinsos.portal.office.OfficeService;

/**
 * The office's own signing keys (docs/adr/0020): a local certification authority, and for each signer
 * an RSA-3072 key with a certificate the local CA issued, kept as PKCS#12 keystores in the database
 * whose random passwords are encrypted with {@link KeySecret}. The demo profile enrols the demo heads
 * at first start ({@link DemoSigningKeys}); a real office enrols its signers the same way until the
 * BSrE client exists.
 */
@Component
class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    private static final String ALIAS = "key";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SigningKeyRecords records;
    private final OfficeService office;
    private final KeySecret secret;
    private final Clock clock;
    private final boolean demo;

    SigningKeys(SigningKeyRecords records, OfficeService office, Clock clock,
                @Value("${portal.letters.key-secret:}") String secret, @Value("${portal.demo:false}") boolean demo) {
        this.records = records;
        this.office = office;
        this.secret = new KeySecret(secret);
        this.clock = clock;
        this.demo = demo;
    }

    /** A key opened for signing. */
    record OpenedKey(PrivateKey key, X509Certificate[] chain, SigningKeyRecord record) {
    }

    @Transactional(readOnly = true)
    Optional<SigningKeyRecord> of(long accountId) {
        return records.findByAccountId(accountId);
    }

    /** Opens a signer's key; empty when the person has none. */
    @Transactional(readOnly = true)
    Optional<OpenedKey> open(long accountId) {
        return records.findByAccountId(accountId).map(this::open);
    }

    /**
     * Gives a person a signing key and certificate from the office's local CA (created on first use),
     * replacing none: a person who has one keeps it.
     *
     * @param name the name on the certificate and under the letters, with academic titles
     */
    @Transactional
    SigningKeyRecord enrol(long accountId, String name, @Nullable String rank, @Nullable String nip) {
        Optional<SigningKeyRecord> existing = records.findByAccountId(accountId);
        if (existing.isPresent()) {
            return existing.get();
        }
        OpenedKey ca = records.findFirstByKindOrderByIdDesc(SigningKeyRecord.Kind.CA).map(this::open)
                .orElseGet(this::createAuthority);
        try {
            KeyPair pair = rsa();
            Instant now = clock.instant();
            X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, name);
            if (nip != null && !nip.isBlank()) {
                subject.addRDN(BCStyle.SERIALNUMBER, "NIP " + nip);
            }
            subject.addRDN(BCStyle.O, office.profile().fullName().id()).addRDN(BCStyle.C, "ID");
            X509Certificate issuerCert = ca.chain()[0];
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerCert, serial(),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(Duration.ofDays(2 * 365))),
                    subject.build(), pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(pair.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(issuerCert));
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(ca.key())));
            X509Certificate[] chain = {cert, issuerCert};
            SigningKeyRecord record = store(SigningKeyRecord.Kind.SIGNER, accountId, name, rank, nip, pair.getPrivate(),
                    chain, now);
            log.info("Enrolled signing key for account {} from {}", accountId, commonName(issuerCert));
            return record;
        } catch (GeneralSecurityException | OperatorCreationException | org.bouncycastle.cert.CertIOException e) {
            throw new IllegalStateException("Cannot create a signing key", e);
        }
    }

    private OpenedKey createAuthority() {
        try {
            KeyPair pair = rsa();
            Instant now = clock.instant();
            String name = office.profile().fullName().id() + (demo ? " – CA Lokal Demo" : " – CA Lokal");
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, name)
                    .addRDN(BCStyle.O, office.profile().fullName().id()).addRDN(BCStyle.C, "ID").build();
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(Duration.ofDays(10 * 365))),
                    subject, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(pair.getPublic()));
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            X509Certificate[] chain = {cert};
            SigningKeyRecord record = store(SigningKeyRecord.Kind.CA, null, name, null, null, pair.getPrivate(), chain, now);
            log.info("Created the local signing CA '{}'", name);
            return new OpenedKey(pair.getPrivate(), chain, record);
        } catch (GeneralSecurityException | OperatorCreationException | org.bouncycastle.cert.CertIOException e) {
            throw new IllegalStateException("Cannot create the local signing CA", e);
        }
    }

    private SigningKeyRecord store(SigningKeyRecord.Kind kind, @Nullable Long accountId, String name,
                                   @Nullable String rank, @Nullable String nip, PrivateKey key,
                                   X509Certificate[] chain, Instant now) throws GeneralSecurityException {
        char[] password = KeySecret.newPassword();
        try {
            String encrypted = secret.encrypt(password);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, key, password, chain);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return records.save(new SigningKeyRecord(null, kind, accountId, name, rank, nip,
                    commonName(chain[0]), commonName(chain[chain.length > 1 ? 1 : 0]), out.toByteArray(), encrypted,
                    chain[0].getNotAfter().toInstant(), now, null));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private OpenedKey open(SigningKeyRecord record) {
        char[] password = secret.decrypt(record.keystorePassword());
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(record.keystore()), password);
            PrivateKey key = (PrivateKey) store.getKey(ALIAS, password);
            Certificate[] certs = store.getCertificateChain(ALIAS);
            X509Certificate[] chain = Arrays.stream(certs).map(c -> (X509Certificate) c).toArray(X509Certificate[]::new);
            return new OpenedKey(key, chain, record);
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("Cannot open the signing key of " + record, e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072, RANDOM);
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(127, RANDOM).add(BigInteger.ONE);
    }

    static String commonName(X509Certificate cert) {
        X500Name name = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded());
        RDN[] cn = name.getRDNs(BCStyle.CN);
        return cn.length == 0 ? name.toString() : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }
}
