"""Sign a PDF twice with pyHanko (PAdES), as two signatories would, one after
the other, then validate both signatures.

Usage: python3 sign_twice.py IN.pdf OUT.pdf

A throwaway certificate authority and two signers are made on the fly. Exit 0
when both signatures are intact and valid and the PDF/A identification is
still in the signed file; otherwise a message and exit 1.
"""

import datetime
import sys
import tempfile
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.keys import load_cert_from_pemder
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext


def name(cn):
    return x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "IT"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Prova ambito"),
        x509.NameAttribute(NameOID.COMMON_NAME, cn),
    ])


def make_ca(now):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name("CA di prova"))
        .issuer_name(name("CA di prova"))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    return key, cert


def make_signer(cn, ca_key, ca_cert, now):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name(cn))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    return key, cert


def write_pem(dir, stem, key, cert):
    key_path = dir / f"{stem}.key.pem"
    cert_path = dir / f"{stem}.cert.pem"
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key_path, cert_path


def sign(src, dst, field, signer):
    with open(src, "rb") as inf:
        writer = IncrementalPdfFileWriter(inf)
        meta = signers.PdfSignatureMetadata(field_name=field, subfilter=SigSeedSubFilter.PADES)
        with open(dst, "wb") as outf:
            signers.sign_pdf(writer, meta, signer=signer, output=outf)


def main():
    src, dst = Path(sys.argv[1]), Path(sys.argv[2])
    now = datetime.datetime.now(datetime.timezone.utc)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        ca_key, ca_cert = make_ca(now)
        _, ca_path = write_pem(tmp, "ca", ca_key, ca_cert)
        middle = tmp / "una-firma.pdf"
        for i, (field, cn, into, out) in enumerate([
            ("Firma1", "Prima firmataria", src, middle),
            ("Firma2", "Secondo firmatario", middle, dst),
        ]):
            key, cert = make_signer(cn, ca_key, ca_cert, now)
            key_path, cert_path = write_pem(tmp, f"firma{i}", key, cert)
            signer = signers.SimpleSigner.load(
                str(key_path), str(cert_path), ca_chain_files=(str(ca_path),)
            )
            sign(into, out, field, signer)

        for field, coverage in validate(dst, ca_path, 2):
            print(f"{field}: intact, valid, trusted; coverage {coverage}")
        print("PDF/A identification present")


def validate(path, ca_path, count):
    """Checks that `path` holds `count` signatures, each intact, valid and
    trusted by the CA at `ca_path`, and still its PDF/A identification;
    returns (field name, coverage) per signature, or exits with a message."""
    root = load_cert_from_pemder(str(ca_path))
    found = []
    with open(path, "rb") as f:
        reader = PdfFileReader(f)
        sigs = reader.embedded_signatures
        if len(sigs) != count:
            sys.exit(f"expected {count} signatures, found {len(sigs)}")
        for sig in sigs:
            status = validate_pdf_signature(sig, ValidationContext(trust_roots=[root]))
            if not (status.intact and status.valid and status.trusted):
                sys.exit(f"{sig.field_name}: {status.pretty_print_details()}")
            found.append((sig.field_name, status.coverage.name))
    if b"<pdfaid:part>2</pdfaid:part>" not in Path(path).read_bytes():
        sys.exit("the PDF/A identification is gone after signing")
    return found


if __name__ == "__main__":
    main()
