package id.dinsos.portal.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfSignature;
import org.openpdf.text.pdf.PdfSignatureAppearance;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfString;
import org.springframework.stereotype.Component;

import id.dinsos.portal.shared.pdf.PdfFonts;

/**
 * Signs with the office's own PKCS#12 keys ({@link SigningKeys}). Never OpenPDF's built-in signing
 * filters (SHA-1/MD5, GUIDE §5): the CMS is made here with BouncyCastle and handed to OpenPDF as an
 * external signature, in append mode so the signed bytes of the letter stay as rendered.
 */
@Component
class Pkcs12LetterSigner implements LetterSigner {

    /** Room for the CMS in /Contents: two RSA-3072 certificates and the signature take about 3 KB. */
    static final int RESERVED_BYTES = 12 * 1024;
    static final String FIELD = "TandaTanganElektronik";
    private static final PdfName CADES_DETACHED = new PdfName("ETSI.CAdES.detached");

    private final SigningKeys keys;

    Pkcs12LetterSigner(SigningKeys keys) {
        this.keys = keys;
    }

    @Override
    public Optional<SignerCertificate> certificateOf(long accountId) {
        return keys.of(accountId).map(r -> new SignerCertificate(r.subject(), r.issuer(), false, r.signerName(),
                r.signerRank(), r.signerNip()));
    }

    @Override
    public byte[] sign(long accountId, byte[] pdf, int page, Rectangle box, SignatureRequest request) {
        SigningKeys.OpenedKey key = keys.open(accountId)
                .orElseThrow(() -> new IllegalStateException("Account " + accountId + " has no signing key"));
        return sign(pdf, page, box, request, key.key(), key.chain());
    }

    /** Signs with a key and its chain (signer first): the PDF side of {@link #sign(long, byte[], int, Rectangle, SignatureRequest)}. */
    static byte[] sign(byte[] pdf, int page, Rectangle box, SignatureRequest request, PrivateKey privateKey,
                       X509Certificate[] chain) {
        try {
            PdfReader reader = new PdfReader(pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * RESERVED_BYTES + 16 * 1024);
            PdfStamper stamper = PdfStamper.createSignature(reader, out, null, null, true);
            PdfSignatureAppearance appearance = stamper.getSignatureAppearance();
            Calendar when = GregorianCalendar.from(request.when().atZone(TimeZone.getTimeZone("UTC").toZoneId()));
            appearance.setSignDate(when);
            appearance.setReason(request.reason());
            appearance.setLocation(request.location());
            appearance.setAcro6Layers(true); // without it the appearance shows a large question mark
            appearance.setLayer2Text(request.appearanceText());
            appearance.setLayer2Font(PdfFonts.regular(7.5f));
            appearance.setRender(PdfSignatureAppearance.SignatureRenderDescription);
            appearance.setVisibleSignature(box, page, FIELD);
            PdfSignature dictionary = new PdfSignature(PdfName.ADOBE_PPKLITE, CADES_DETACHED);
            dictionary.setDate(new PdfDate(when));
            dictionary.setName(request.signerName());
            dictionary.setReason(request.reason());
            dictionary.setLocation(request.location());
            appearance.setCryptoDictionary(dictionary);
            Map<PdfName, Integer> exclusions = new HashMap<>();
            exclusions.put(PdfName.CONTENTS, RESERVED_BYTES * 2 + 2);
            appearance.preClose(exclusions);
            byte[] signedRange;
            try (InputStream range = appearance.getRangeStream()) {
                signedRange = range.readAllBytes();
            }
            byte[] cms = cms(signedRange, privateKey, chain);
            if (cms.length > RESERVED_BYTES) {
                throw new IllegalStateException("The signature (" + cms.length + " bytes) does not fit the room reserved");
            }
            PdfDictionary contents = new PdfDictionary();
            contents.put(PdfName.CONTENTS, new PdfString(Arrays.copyOf(cms, RESERVED_BYTES)).setHexWriting(true));
            appearance.close(contents);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot sign the letter", e);
        }
    }

    /**
     * A detached CMS SignedData over the given bytes: SHA-256 with RSA, the signer's chain, and the signed
     * attributes content-type, message-digest and signing-certificate-v2 (ESSCertIDv2 with the SHA-256 of
     * the signer's certificate), as PAdES asks; the signing time is the PDF's /M, not a CMS attribute.
     */
    static byte[] cms(byte[] data, PrivateKey key, X509Certificate[] chain) {
        try {
            X509Certificate cert = chain[0];
            byte[] certHash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(
                    X500Name.getInstance(cert.getIssuerX500Principal().getEncoded()))), cert.getSerialNumber());
            ESSCertIDv2 certId = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), certHash,
                    issuerSerial);
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
            DefaultSignedAttributeTableGenerator standard =
                    new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes));
            JcaSignerInfoGeneratorBuilder signerInfo = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build());
            signerInfo.setSignedAttributeGenerator(parameters -> standard.getAttributes(parameters)
                    .remove(CMSAttributes.signingTime));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo.build(
                    new JcaContentSignerBuilder("SHA256withRSA").build(key), cert));
            generator.addCertificates(new JcaCertStore(List.of(chain)));
            return generator.generate(new CMSProcessableByteArray(data), false).toASN1Structure()
                    .getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
            throw new IllegalStateException("Cannot create the CMS signature", e);
        }
    }
}
