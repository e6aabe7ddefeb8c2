# The command line's help: `about-<command>` describes a command,
# `esempi-<command>` follows its options, `help-<command>-<argument>`
# describes an argument (src/cli/args.rs looks them up by these names).

about-ambito = Official documents of an Ambito territoriale sociale, from YAML to PDF/A
esempi-ambito =
    Examples:
      ambito init                  start a project in this folder
      ambito check                 check every Ambito under content/
      ambito build                 write out/<ambito>/<documento>.pdf
      ambito build --ambito lecce  only the documents of content/lecce/
      ambito --content ../dati build --out /tmp/pdf
help-ambito-content = Folder with one folder per Ambito (and shared data in `_riferimenti/`) [default: the `content/` of this folder or of the nearest one above it]
help-ambito-templates = Folder with the project's own templates (`*.typ.j2`, `lib/`): each file there replaces the built-in one of the same name [default: `templates/` beside `content/`, if there is one]
help-ambito-ambito = Only this Ambito (its folder name): the others are neither read nor built
help-ambito-format = How to print diagnostics: `human`, for people (on standard error), or on standard output `json`, `github` (GitHub Actions annotations), `gitlab` (a GitLab Code Quality report, `artifacts:reports:codequality`) or `junit` (a JUnit XML report, `artifacts:reports:junit`, and other CI test views)
help-ambito-lang = The language of messages and help: `it` or `en` [default: from `LANG`, Italian unless it asks for English]
about-ambito-init = Start a project: `content/` with the shared references, `.gitignore`, the schemas and the VS Code settings that check the YAML as you type, and a CI file. The templates are built into ambito: no `templates/`
esempi-ambito-init =
    Examples:
      ambito init                   in the current folder
      ambito init ambiti-puglia     in a new folder
      ambito init --ci gitlab

    Then: ambito new ambito <ID> --regione <REGIONE>, fill in what it asks, ambito build.
help-ambito-init-dir = The folder to start the project in (created if missing)
help-ambito-init-ci = Which CI to write a pipeline for: `github` (`.github/workflows/ambito.yml`), `gitlab` (`.gitlab-ci.yml`) or `nessuna` (no CI file)
about-ambito-check = Check the content for errors, without writing anything
esempi-ambito-check =
    Examples:
      ambito check
      ambito check --format json > diagnostics.json
      ambito check --format github      (in a GitHub Actions step)
      ambito --content ../altro-repo/content check
about-ambito-explain = Print the documentation of a rule: what it states, why, an example, how to fix it
esempi-ambito-explain =
    Examples:
      ambito explain R012
      ambito explain --list
help-ambito-explain-code = The rule code, as printed in a diagnostic (e.g. R012)
help-ambito-explain-list = List every rule code with its title
about-ambito-build = Check the content, then write every document it describes
esempi-ambito-build =
    Examples:
      ambito build
      ambito build --out /tmp/pdf
      ambito build --force --jobs 2
      ambito build --shard 2/4        (the second quarter of the documents)
      ambito build --definitivo       (for signature: no drafts)
      ambito build --emit-typst --out /tmp/typst   (Typst sources, not PDFs)

    A document is typeset again only when what Typst would be given changed: its source
    (what the YAML and its template make of it), templates/lib/ or the tool's version. So a
    comment, or a key another document reads, rebuilds nothing; an Ambito none of whose files
    changed is not even read. A signed PDF is never overwritten: its new version goes beside
    it (.v2.pdf).
help-ambito-build-out = Where to write the PDFs and manifest.json [default: `out/` beside `content/`]
help-ambito-build-shard = Build only shard K of N: the N shards together build every document exactly once (for CI matrix jobs)
help-ambito-build-jobs = Typeset on N threads (default: every core)
help-ambito-build-force = Rebuild every document, even those whose inputs are unchanged
help-ambito-build-timings = Print the time spent in each stage
help-ambito-build-definitivo = The build for signature: a draft (a document that still prints `DA COMPILARE`) is an error instead of a PDF marked BOZZA
help-ambito-build-emit_typst = Write each document's Typst source (`<ambito>/<documento>.typ`, with `lib/` beside them) and its template context (`.json`) instead of PDFs: `typst compile --root OUT OUT/<ambito>/<documento>.typ` then typesets it
about-ambito-list = List what a build would produce, and whether each document is up to date
esempi-ambito-list =
    Examples:
      ambito list
      ambito list --out /tmp/pdf
help-ambito-list-out = The output folder to compare with [default: `out/` beside `content/`]
about-ambito-new = Start a new Ambito, or the next semester's relazione
esempi-ambito-new =
    Examples:
      ambito new ambito alto-garda
      ambito new relazione corsichese 2026-1
about-ambito-new-ambito = Create content/<ID>/ in the terms of a region and a form of association: the region's usual names, the managing body's kind, and the lists of Comuni and persons to fill in (`check` shows what is left)
esempi-ambito-new-ambito =
    Examples:
      ambito new ambito alto-garda --regione trento --forma comunita-montana
      ambito new ambito carpi --regione emilia-romagna --forma unione
      ambito new ambito lecce --regione puglia
help-ambito-new-ambito-id = The new Ambito's id: lowercase letters, digits and hyphens
help-ambito-new-ambito-regione = The region or autonomous province: `lombardia`, `emilia-romagna`, `trento`, …
help-ambito-new-ambito-forma = How the Comuni manage the Ambito together
about-ambito-new-relazione = Create relazioni/<YEAR>-<1|2>.yaml for an Ambito, prefilled from its Piano di Zona and from the previous semester
esempi-ambito-new-relazione =
    Examples:
      ambito new relazione corsichese 2026-1
help-ambito-new-relazione-ambito = The Ambito's id (its folder name)
help-ambito-new-relazione-semestre = The semester: YEAR-1 (January–June) or YEAR-2 (July–December)
about-ambito-watch = Build, then rebuild the documents a saved file affects, until Ctrl-C
esempi-ambito-watch =
    Examples:
      ambito watch
      ambito watch --out /tmp/pdf
help-ambito-watch-out = Where to write the PDFs and manifest.json [default: `out/` beside `content/`]
help-ambito-watch-debounce = Milliseconds to wait after a change for more (an editor's save is often a write and a rename) before rebuilding
about-ambito-schema = Write a JSON Schema for each kind of content file, for editors
esempi-ambito-schema =
    Examples:
      ambito schema --out schemas

    Then start a content file with a line such as
      # yaml-language-server: $schema=../../schemas/comuni.schema.json
    and an editor with the YAML language server completes and checks it.
help-ambito-schema-out = The folder to write `<kind>.schema.json` into
about-ambito-completions = Print a shell completion script
esempi-ambito-completions =
    Examples:
      ambito completions bash > /etc/bash_completion.d/ambito
      ambito completions zsh > ~/.zfunc/_ambito
help-ambito-completions-shell = The shell
about-ambito-verify = Check that every PDF listed in out/manifest.json is there, with the size and sha256 it was written with
esempi-ambito-verify =
    Examples:
      ambito verify
      ambito verify --out /tmp/pdf
help-ambito-verify-out = The output folder that holds manifest.json [default: `out/` beside `content/`]

# The headings of the help (clap writes them in English).
aiuto-uso = Usage:
aiuto-comandi = Commands
aiuto-argomenti = Arguments
aiuto-opzioni = Options
aiuto-help = Print help
aiuto-version = Print version
aiuto-predefinito = [default: { $valore }]
