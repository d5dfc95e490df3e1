#!/usr/bin/env bash
# Compiles the FSH sources of this IG offline and replaces ../profiles with the result.
# Needs only node and npm (npm registry access on the first run); the FHIR package
# registry is never contacted: the R4 core package is assembled from the npm package
# hl7.fhir.r4.examples, which carries every R4 conformance resource with snapshots.
set -euo pipefail

IG_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(dirname "$IG_DIR")"
PROFILES_DIR="$REPO_DIR/profiles"
TOOLS_DIR="$IG_DIR/.tools"
CACHE_HOME="$IG_DIR/.fhir-cache"
SUSHI_VERSION="3.21.0"
CORE_DIR="$CACHE_HOME/.fhir/packages/hl7.fhir.r4.core#4.0.1/package"

install_sushi() {
  local installed=""
  if [ -f "$TOOLS_DIR/node_modules/fsh-sushi/package.json" ]; then
    installed="$(node -p "require('$TOOLS_DIR/node_modules/fsh-sushi/package.json').version")"
  fi
  if [ "$installed" != "$SUSHI_VERSION" ]; then
    mkdir -p "$TOOLS_DIR"
    [ -f "$TOOLS_DIR/package.json" ] || echo '{"name":"snp-moc-ig-tools","private":true}' > "$TOOLS_DIR/package.json"
    (cd "$TOOLS_DIR" && npm install --no-audit --no-fund --silent "fsh-sushi@$SUSHI_VERSION")
  fi
}

assemble_core_package() {
  if [ -f "$CORE_DIR/package.json" ] && [ -f "$CORE_DIR/StructureDefinition-Patient.json" ]; then
    return
  fi
  local work
  work="$(mktemp -d)"
  (cd "$work" && npm pack --silent hl7.fhir.r4.examples@4.0.1 >/dev/null && tar xzf hl7.fhir.r4.examples-4.0.1.tgz)
  rm -rf "$(dirname "$CORE_DIR")"
  mkdir -p "$CORE_DIR"
  # Conformance resources only: SUSHI resolves definitions, not examples.
  local kind
  for kind in StructureDefinition ValueSet CodeSystem SearchParameter OperationDefinition \
              CapabilityStatement CompartmentDefinition ConceptMap NamingSystem ImplementationGuide; do
    find "$work/package" -maxdepth 1 -name "$kind-*.json" -exec cp {} "$CORE_DIR/" \;
  done
  cat > "$CORE_DIR/package.json" <<'JSON'
{
  "name": "hl7.fhir.r4.core",
  "version": "4.0.1",
  "type": "Core",
  "fhirVersions": ["4.0.1"],
  "license": "CC0-1.0",
  "canonical": "http://hl7.org/fhir",
  "url": "http://hl7.org/fhir/R4",
  "title": "FHIR R4 core package (assembled locally from hl7.fhir.r4.examples 4.0.1)",
  "description": "Conformance resources of FHIR R4 4.0.1"
}
JSON
  rm -rf "$work"
}

# SHA-256 over every IG source file (see README.md for the definition; Java recomputes it).
source_hash() {
  (cd "$IG_DIR" && find . -type f \
      -not -path './fsh-generated/*' -not -path './.tools/*' -not -path './.fhir-cache/*' \
      -not -path './output/*' -not -path './temp/*' -not -path './input-cache/*' \
      -not -path './README.md' \
    | sed 's|^\./||' | LC_ALL=C sort \
    | while IFS= read -r f; do printf '%s\n' "$f"; cat "$f"; printf '\n'; done \
    | sha256sum | cut -d' ' -f1)
}

install_sushi
assemble_core_package

rm -rf "$IG_DIR/fsh-generated"
# HOME points SUSHI's package cache (~/.fhir/packages) at the project-local cache.
(cd "$IG_DIR" && HOME="$CACHE_HOME" node "$TOOLS_DIR/node_modules/fsh-sushi/dist/app.js" build . )

GENERATED="$IG_DIR/fsh-generated/resources"
[ -d "$GENERATED" ] || { echo "SUSHI produced no resources" >&2; exit 1; }

mkdir -p "$PROFILES_DIR"
find "$PROFILES_DIR" -maxdepth 1 -type f -not -name 'README.md' -delete
# The ImplementationGuide resource describes the publication, not the data contract.
find "$GENERATED" -maxdepth 1 -name '*.json' -not -name 'ImplementationGuide-*' -exec cp {} "$PROFILES_DIR/" \;
source_hash > "$PROFILES_DIR/SOURCE-HASH"
echo "profiles/ regenerated: $(find "$PROFILES_DIR" -name '*.json' | wc -l) resources, hash $(cat "$PROFILES_DIR/SOURCE-HASH")"
