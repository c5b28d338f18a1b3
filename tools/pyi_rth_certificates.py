"""PyInstaller runtime hook of build.spec: certificates for TLS (SMTP) in the frozen app.

The frozen app carries its own OpenSSL, which looks for the system's certificates where they were on
the build machine. Where they are not (another Linux distribution, macOS), Python's
``ssl.create_default_context()`` would trust nothing and every TLS connection would fail; then the
app uses the CA bundle of certifi that build.spec collects. A certificate file or folder the user
set (``SSL_CERT_FILE``, ``SSL_CERT_DIR``) and a system store that is found are left as they are.
"""

import os
import ssl
import sys


def _use_bundled_certificates() -> None:
    if os.environ.get("SSL_CERT_FILE") or os.environ.get("SSL_CERT_DIR"):
        return
    paths = ssl.get_default_verify_paths()
    if paths.cafile or (paths.capath and os.listdir(paths.capath)):
        return  # get_default_verify_paths names only what exists
    bundle = os.path.join(getattr(sys, "_MEIPASS", ""), "certifi", "cacert.pem")
    if os.path.isfile(bundle):
        os.environ["SSL_CERT_FILE"] = bundle


_use_bundled_certificates()
