#!/usr/bin/env python3
"""The peer ambito is measured against: the same documents made in Python,
with Jinja2 and the `typst` package from PyPI, the way a small team would
script it.

For every document that `ambito build --emit-typst` described, it parses the
Ambito's YAML files (PyYAML), renders ambito's own template with Jinja2 (the
filters and the Typst escaping ported below), writes the Typst source and
compiles it to PDF/A-2a + PDF/UA-1 with the same fonts. It does *not*
validate anything or compute derived facts: it takes each template's context
ready-made from the `.json` beside each emitted source. So it does less work
than ambito, which favours it.

    python3 bench/python_build.py --emitted /tmp/typst --content content \
        --templates templates --fonts fonts --out /tmp/py [--reuse-compiler] \
        [--check-sources]

--reuse-compiler keeps one `typst.Compiler` (fonts loaded once) instead of one
`typst.compile` call per document. --check-sources compares each rendered
source with ambito's and reports how many differ (they should not).
"""

import argparse
import datetime
import glob
import itertools
import json
import os
import sys
import time

import jinja2
import typst
import yaml
from markupsafe import Markup

try:
    YamlLoader = yaml.CSafeLoader
except AttributeError:  # PyYAML without libyaml
    YamlLoader = yaml.SafeLoader

MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
        "agosto", "settembre", "ottobre", "novembre", "dicembre"]
UNITA = ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto",
         "nove", "dieci", "undici", "dodici", "tredici", "quattordici", "quindici",
         "sedici", "diciassette", "diciotto", "diciannove"]
DECINE = ["", "", "venti", "trenta", "quaranta", "cinquanta", "sessanta",
          "settanta", "ottanta", "novanta"]
BIDI = set("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def markup(text):
    out = []
    for c in text:
        if c in "\r\n\u2028\u2029":
            out.append(" ")
        elif c in BIDI:
            continue
        elif c in PUNCT:
            out.append("\\" + c)
        else:
            out.append(c)
    return "".join(out)


def string_literal(text):
    out = ['"']
    for c in text:
        if c == '"':
            out.append('\\"')
        elif c == "\\":
            out.append("\\\\")
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif c == "\t":
            out.append("\\t")
        elif ord(c) < 0x20 or 0x7f <= ord(c) < 0xa0:
            out.append("\\u{%x}" % ord(c))
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def finalize(value):
    if value is None or isinstance(value, jinja2.Undefined):
        raise ValueError("the template prints a value that is missing")
    if isinstance(value, Markup):
        return value
    if isinstance(value, bool):
        value = "true" if value else "false"
    return markup(str(value))


def parse_date(d):
    return datetime.date.fromisoformat(str(d))


def data(d):
    d = parse_date(d)
    giorno = "1º" if d.day == 1 else str(d.day)
    return f"{giorno} {MESI[d.month - 1]} {d.year}"


def migliaia(n):
    digits = str(int(n))
    out = []
    for i, c in enumerate(digits):
        if i > 0 and (len(digits) - i) % 3 == 0:
            out.append(".")
        out.append(c)
    return "".join(out)


def euro(v):
    text = str(v).strip()
    neg = text.startswith("-")
    text = text.lstrip("-")
    whole, _, cents = text.partition(".")
    cents = (cents + "00")[:2]
    total = int(whole or "0") * 100 + int(cents)
    sign = "-" if neg and total else ""
    return f"€ {sign}{migliaia(total // 100)},{total % 100:02d}"


def sotto_mille(n):
    centinaia, resto = divmod(n, 100)
    out = "" if centinaia == 0 else ("cento" if centinaia == 1 else UNITA[centinaia] + "cento")
    if resto == 0:
        return out
    if resto < 20:
        parola = UNITA[resto]
    else:
        d, u = divmod(resto, 10)
        decina = DECINE[d]
        if u in (1, 8):
            decina = decina[:-1]
        parola = decina if u == 0 else decina + UNITA[u]
    if centinaia > 0 and parola.startswith("ottant"):
        out = out[:-1]
    return out + parola


def lettere(n):
    n = int(n)
    if n < 1000:
        return "zero" if n == 0 else sotto_mille(n)
    for scale, one, many in ((1_000_000_000, "un miliardo", "miliardi"),
                             (1_000_000, "un milione", "milioni")):
        if n >= scale:
            q, r = divmod(n, scale)
            head = one if q == 1 else f"{lettere(q)} {many}"
            return head if r == 0 else f"{head} {lettere(r)}"
    m, r = divmod(n, 1000)
    head = "mille" if m == 1 else sotto_mille(m) + "mila"
    return head if r == 0 else head + sotto_mille(r)


def romano(n):
    n = int(n)
    out = ""
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                           (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"),
                           (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += numeral
            n -= value
    return out


def elenco(items):
    items = [str(i) for i in items]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " e " + items[-1]


def percento(v, decimali=1):
    return f"{float(v):.{decimali}f}".replace(".", ",") + "%"


def frazione(n, d):
    ordinali = [("metà", "metà"), ("terzo", "terzi"), ("quarto", "quarti"),
                ("quinto", "quinti"), ("sesto", "sesti"), ("settimo", "settimi"),
                ("ottavo", "ottavi"), ("nono", "noni"), ("decimo", "decimi")]
    if 2 <= d <= 10:
        uno, molti = ordinali[d - 2]
        if n == 1:
            parole = "la metà" if d == 2 else f"un {uno}"
        else:
            parole = f"{lettere(n)} {molti}"
        return f"{parole} ({n}/{d})"
    return f"{n}/{d}"


def femminile(parola):
    if "." in parola:
        return False
    return (parola.endswith("a") or parola == "legge"
            or any(parola.endswith(e) for e in ("zione", "sione", "gione", "unione")))


def inizio(frase):
    """How a phrase begins, for its article: "vocale", "impura" or "consonante"."""
    words = frase.split()
    parola = words[0].lower() if words else ""
    cifre = "".join(itertools.takewhile(str.isdigit, parola))
    if cifre:
        if parola[len(cifre):].startswith(("º", "°")):
            return "consonante"
        intero = "".join(c for c in itertools.takewhile(lambda c: c.isdigit() or c == ".", parola) if c != ".")
        parola = lettere(int(intero))
    first = parola[0] if parola else " "
    second = parola[1] if len(parola) > 1 else " "
    vocale = lambda c: c in "aeiouàèéìíòóùú"
    if vocale(first) or first == "h":
        return "vocale"
    if ((first == "s" and second.isalpha() and not vocale(second)) or first in "zx"
            or parola.startswith(("gn", "ps", "pn", "y"))):
        return "impura"
    return "consonante"


def articolata(p, nome, genere, plurale):
    """The preposition joined to the article a noun of that gender and number takes."""
    base = {"": "", "di": "de", "a": "a", "da": "da", "in": "ne", "su": "su"}
    if p not in base:
        return f"{p} {nome}"
    i = inizio(nome)
    if not plurale and i == "vocale":
        solo, unito = "l’", "ll’"
    elif not plurale and genere == "M":
        solo, unito = ("lo ", "llo ") if i == "impura" else ("il ", "l ")
    elif not plurale:
        solo, unito = "la ", "lla "
    elif genere == "M":
        solo, unito = ("i ", "i ") if i == "consonante" else ("gli ", "gli ")
    else:
        solo, unito = "le ", "lle "
    return f"{solo}{nome}" if p == "" else f"{base[p]}{unito}{nome}"


def prep(frase, p, g=None, plurale=False):
    if g is not None:
        return articolata(p, frase, g, plurale)
    base = {"di": "de", "a": "a", "da": "da", "in": "ne", "su": "su"}
    if p == "":
        return articolo(frase)
    if p not in base:
        return f"{p} {frase}"
    b = base[p]
    words = frase.split()
    parola = words[0].lower() if words else ""
    first = parola[0] if parola else " "
    second = parola[1] if len(parola) > 1 else " "
    vocale = lambda c: c in "aeiouàèéìòù"
    if vocale(first) or first == "h":
        return f"{b}ll’{frase}"
    if femminile(parola):
        return f"{b}lla {frase}"
    if ((first == "s" and not vocale(second)) or first in "zx"
            or parola.startswith("gn") or parola.startswith("ps")):
        return f"{b}llo {frase}"
    return f"{b}l {frase}"


def articolo(frase):
    with_prep = prep(frase, "a")
    if with_prep.startswith("al"):
        rest = with_prep[2:]
        return "il" + rest if rest.startswith(" ") else rest
    return with_prep


def conteggio(n, singolare, plurale, genere):
    """(13, "Comune", "Comuni", "M") → "13 (tredici) Comuni"."""
    if int(n) == 1:
        return f"1 ({'uno' if genere == 'M' else 'una'}) {singolare}"
    return f"{int(n)} ({lettere(n)}) {plurale}"


def titolo_di(persona, titolo):
    """A person's title with its article, agreed with the person: "la Coordinatrice"."""
    genere = "M" if persona.get("titolo_al_maschile") else persona["genere"]
    if genere == "F":
        for m, f in (("tore", "trice"), ("ario", "aria"), ("ore", "ora")):
            if titolo.endswith(m):
                titolo = titolo[: -len(m)] + f
                break
    return articolata("", titolo, genere, False)


def declina(persona, maschile, femminile_):
    return {"F": femminile_, "M": maschile}[persona["genere"]]


def num(v):
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise ValueError("num needs a number")
    if isinstance(v, float) and v.is_integer():
        v = int(v)  # as minijinja: a whole float prints as an integer
    if isinstance(v, int):
        return Markup(str(v))
    return Markup(f"{v:.4f}")


def typst_date(d):
    d = parse_date(d)
    return Markup(f"datetime(year: {d.year}, month: {d.month}, day: {d.day})")


def environment(templates, content, ambito):
    # As in ambito: "<ambito>/<kind>.typ.j2" is the Ambito's own override
    # when it has one (which extends "<kind>.typ.j2"), the shared one otherwise.
    shared = jinja2.FileSystemLoader(templates)
    own = jinja2.FileSystemLoader(os.path.join(content, ambito, "templates"))
    prefix = ambito + "/"

    class Loader(jinja2.BaseLoader):
        def get_source(self, environment, name):
            if name.startswith(prefix):
                try:
                    return own.get_source(environment, name[len(prefix):])
                except jinja2.TemplateNotFound:
                    name = name[len(prefix):]
            return shared.get_source(environment, name)

    env = jinja2.Environment(loader=Loader(),
                             undefined=jinja2.StrictUndefined, finalize=finalize,
                             extensions=["jinja2.ext.loopcontrols"], autoescape=False)
    env.filters.update({
        "data": data, "mese": lambda m: MESI[int(m) - 1], "euro": euro,
        "lettere": lambda n: f"{int(n)} ({lettere(n)})", "solo_lettere": lettere,
        "migliaia": migliaia, "romano": romano, "elenco": elenco, "declina": declina,
        "percento": percento, "frazione": frazione, "num": num,
        "capitalize_first": lambda v: v[:1].upper() + v[1:], "prep": prep, "conteggio": conteggio, "titolo_di": titolo_di,
        "typst_str": lambda v: Markup(string_literal(str(v))), "typst_date": typst_date,
    })
    return env


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--emitted", required=True)
    ap.add_argument("--content", required=True)
    ap.add_argument("--templates", required=True)
    ap.add_argument("--fonts", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--reuse-compiler", action="store_true")
    ap.add_argument("--check-sources", action="store_true")
    args = ap.parse_args()

    started = time.perf_counter()
    os.makedirs(os.path.join(args.out, "lib"), exist_ok=True)
    for f in glob.glob(os.path.join(args.templates, "lib", "*")):
        with open(f, "rb") as src, open(os.path.join(args.out, "lib", os.path.basename(f)), "wb") as dst:
            dst.write(src.read())
    fonts = [args.fonts]
    compiler = typst.Compiler(root=args.out, font_paths=fonts, ignore_system_fonts=True) \
        if args.reuse_compiler else None
    jobs = sorted(glob.glob(os.path.join(args.emitted, "*", "*.json")))
    envs, different, docs, unported = {}, 0, 0, 0
    for job in jobs:
        with open(job, encoding="utf-8") as f:
            emitted = json.load(f)
        ambito = emitted["ambito"]
        if ambito not in envs:
            # Read the Ambito's facts once, as a Python tool must.
            for y in sorted(glob.glob(os.path.join(args.content, ambito, "**", "*.yaml"), recursive=True)):
                with open(y, encoding="utf-8") as f:
                    yaml.load(f, Loader=YamlLoader)
            envs = {ambito: environment(args.templates, args.content, ambito)}
        name = os.path.splitext(os.path.basename(job))[0]
        try:
            template = envs[ambito].get_template(f"{ambito}/{emitted['documento']}.typ.j2")
            source = template.render(emitted["context"])
        except jinja2.TemplateError as e:
            # A filter this port lacks (the Italian grammar grows in Rust
            # first): typeset ambito's own source for it, and count it.
            with open(job[:-len(".json")] + ".typ", encoding="utf-8") as f:
                source = f.read()
            unported += 1
            print(f"not rendered ({e}): {ambito}/{name}", file=sys.stderr)
        if args.check_sources:
            with open(job[:-len(".json")] + ".typ", encoding="utf-8") as f:
                if f.read() != source:
                    different += 1
                    print(f"differs: {ambito}/{name}", file=sys.stderr)
        os.makedirs(os.path.join(args.out, ambito), exist_ok=True)
        typ = os.path.join(args.out, ambito, name + ".typ")
        with open(typ, "w", encoding="utf-8") as f:
            f.write(source)
        pdf = os.path.join(args.out, ambito, name + ".pdf")
        stamp = datetime.datetime.fromisoformat(emitted["data"]).replace(tzinfo=datetime.timezone.utc)
        if compiler is not None:
            compiler.compile(input=typ, output=pdf, pdf_standards=["a-2a", "ua-1"], timestamp=stamp)
        else:
            typst.compile(typ, output=pdf, root=args.out, font_paths=fonts, ignore_system_fonts=True,
                          pdf_standards=["a-2a", "ua-1"], timestamp=stamp)
        docs += 1
    seconds = time.perf_counter() - started
    print(json.dumps({"documents": docs, "seconds": round(seconds, 3), "different_sources": different,
                      "not_rendered": unported}))


if __name__ == "__main__":
    main()
