"""Fill a PDF's empty signature fields in turn with pyHanko (PAdES), as the
signatories would, one after the other, then validate every signature.

Usage: python3 fill_fields.py IN.pdf OUT.pdf N [FONT.ttf]

Lists the signature fields the PDF offers (name, page, rectangle), signs the
first N empty ones in order, each by a different signer of a throwaway
certificate authority, each signature an incremental update of the previous
file, and validates them all. The visible stamp is set in FONT (embedded, as
PDF/A wants). Prints one line per field and per signature; exit 1 with a
message on any failure.
"""

import datetime
import sys
import tempfile
from pathlib import Path

from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko.stamp import TextStampStyle

sys.path.insert(0, str(Path(__file__).parent))
from sign_twice import make_ca, make_signer, validate, write_pem  # noqa: E402


def empty_fields(path):
    with open(path, "rb") as f:
        reader = PdfFileReader(f)
        found = []
        for name, value, ref in fields.enumerate_sig_fields(reader, filled_status=None):
            widget = ref.get_object()
            rect = [round(float(x), 1) for x in widget.get("/Rect", [])]
            page = widget.get("/P")
            page_no = None
            if page is not None:
                for i in range(reader.root["/Pages"]["/Count"]):
                    if reader.find_page_for_modification(i)[0].idnum == page.idnum:
                        page_no = i + 1
                        break
            found.append((name, value is not None, page_no, rect, str(widget.get("/TU", ""))))
        return found


def main():
    src, dst, count = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    font = sys.argv[4] if len(sys.argv) > 4 else None
    now = datetime.datetime.now(datetime.timezone.utc)
    listed = empty_fields(src)
    for name, filled, page, rect, tu in listed:
        print(f"field {name!r} page {page} rect {rect} filled {filled} tu {tu!r}")
    if count == 0:
        return
    todo = [name for name, filled, _, _, _ in listed if not filled][:count]
    if len(todo) < count:
        sys.exit(f"only {len(todo)} empty signature fields")
    style = None
    if font:
        style = TextStampStyle(
            stamp_text="Firmato digitalmente da %(signer)s",
            text_box_style=TextBoxStyle(font=GlyphAccumulatorFactory(font)),
        )
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        ca_key, ca_cert = make_ca(now)
        _, ca_path = write_pem(tmp, "ca", ca_key, ca_cert)
        current = src
        for i, field in enumerate(todo):
            key, cert = make_signer(field, ca_key, ca_cert, now)
            key_path, cert_path = write_pem(tmp, f"firma{i}", key, cert)
            signer = signers.SimpleSigner.load(
                str(key_path), str(cert_path), ca_chain_files=(str(ca_path),)
            )
            out = dst if i == len(todo) - 1 else tmp / f"firma{i}.pdf"
            with open(current, "rb") as inf, open(out, "wb") as outf:
                writer = IncrementalPdfFileWriter(inf)
                meta = signers.PdfSignatureMetadata(
                    field_name=field, subfilter=SigSeedSubFilter.PADES
                )
                signers.PdfSigner(meta, signer=signer, stamp_style=style).sign_pdf(
                    writer, output=outf, existing_fields_only=True
                )
            current = out

        for field, coverage in validate(dst, ca_path, count):
            print(f"signed {field!r}: intact, valid, trusted; coverage {coverage}")
    data = dst.read_bytes()
    if not data.startswith(src.read_bytes()):
        sys.exit("the signed file does not keep the built PDF as its prefix")
    print("PDF/A identification present; the built PDF is a prefix")


if __name__ == "__main__":
    main()
