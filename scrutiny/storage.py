from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticStorage(CompressedManifestStaticFilesStorage):
    # Rewrites `import … from "../build/govuk-frontend.min.js"` in our module scripts to the hashed file name.
    support_js_module_import_aggregation = True
