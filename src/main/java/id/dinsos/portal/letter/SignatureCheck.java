package id.dinsos.portal.letter;

import java.io.ByteArrayOutputStream;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;

import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.pdf.AcroFields;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;

/**
 * Checks the last signature of a PDF independently of the signer: the bytes its /ByteRange names hash to
 * what the CMS signed, the CMS signature verifies with the certificate it carries, and the signed range
 * covers the whole file (nothing appended after signing). Trust in the certificate is a separate
 * question (the issuer is shown); this answers "is it intact".
 */
final class SignatureCheck {

    /**
     * @param signed        whether the file has a signature at all
     * @param intact        whether that signature verifies over its byte range
     * @param wholeDocument whether the signed range covers the whole file
     */
    record Result(boolean signed, boolean intact, boolean wholeDocument, @Nullable String signer,
                  @Nullable String issuer) {

        static final Result UNSIGNED = new Result(false, false, false, null, null);

        boolean valid() {
            return signed && intact && wholeDocument;
        }
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SignatureCheck.class);

    private SignatureCheck() {
    }

    static Result check(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            AcroFields fields = reader.getAcroFields();
            List<String> names = fields.getSignedFieldNames();
            if (names.isEmpty()) {
                return Result.UNSIGNED;
            }
            String name = names.getLast();
            PdfDictionary signature = fields.getSignatureDictionary(name);
            PdfArray range = signature.getAsArray(PdfName.BYTERANGE);
            PdfString contents = signature.getAsString(PdfName.CONTENTS);
            if (range == null || contents == null || range.size() != 4) {
                return new Result(true, false, false, null, null);
            }
            long[] r = new long[4];
            for (int i = 0; i < 4; i++) {
                r[i] = range.getAsNumber(i).intValue();
            }
            if (r[0] != 0 || r[1] < 0 || r[2] < r[1] || r[3] < 0 || r[2] + r[3] > pdf.length) {
                return new Result(true, false, false, null, null);
            }
            ByteArrayOutputStream data = new ByteArrayOutputStream((int) (r[1] + r[3]));
            data.write(pdf, 0, (int) r[1]);
            data.write(pdf, (int) r[2], (int) r[3]);
            ContentInfo info;
            try (ASN1InputStream in = new ASN1InputStream(contents.getOriginalBytes())) {
                info = ContentInfo.getInstance(in.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(data.toByteArray()), info);
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                return new Result(true, false, false, null, null);
            }
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
            boolean intact;
            try {
                intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
            } catch (org.bouncycastle.cms.CMSException changed) {
                // BouncyCastle reports a digest that does not match the signed bytes by throwing.
                intact = false;
            }
            return new Result(true, intact, r[2] + r[3] == pdf.length, SigningKeys.commonName(cert),
                    commonNameOfIssuer(cert));
        } catch (Exception notReadable) {
            // Not a PDF, a damaged one, or a signature that is not CMS: not an intact signature.
            log.debug("Signature check failed", notReadable);
            return Result.UNSIGNED;
        }
    }

    private static String commonNameOfIssuer(X509Certificate cert) {
        org.bouncycastle.asn1.x500.X500Name name = org.bouncycastle.asn1.x500.X500Name.getInstance(
                cert.getIssuerX500Principal().getEncoded());
        var cn = name.getRDNs(org.bouncycastle.asn1.x500.style.BCStyle.CN);
        return cn.length == 0 ? name.toString()
                : org.bouncycastle.asn1.x500.style.IETFUtils.valueToString(cn[0].getFirst().getValue());
    }
}
