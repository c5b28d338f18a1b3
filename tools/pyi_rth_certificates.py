"""PyInstaller runtime hook of build.spec: certificates for TLS (SMTP) in the frozen app.

The frozen app carries its own OpenSSL, which looks for the system's certificates where they were
on the build machine (``OPENSSL_CAFILE``, ``OPENSSL_CAPATH``: build.spec writes the values of the
OpenSSL it bundles into the copy of this file it freezes). Where nothing is there (another Linux
distribution, macOS), ``ssl.create_default_context()`` would trust nothing and every TLS connection
would fail; then the app uses the CA bundle of certifi that build.spec collects. A certificate file
or folder the user set (``SSL_CERT_FILE``, ``SSL_CERT_DIR``) and a system store that is found are
left as they are. Only paths are looked at: importing ssl here would cost every start, also the
ones that never send mail.
"""

import os
import sys

OPENSSL_CAFILE = ""  # filled in by build.spec
OPENSSL_CAPATH = ""  # filled in by build.spec


def _use_bundled_certificates() -> None:
    if os.environ.get("SSL_CERT_FILE") or os.environ.get("SSL_CERT_DIR"):
        return
    if OPENSSL_CAFILE and os.path.isfile(OPENSSL_CAFILE):
        return
    if OPENSSL_CAPATH and os.path.isdir(OPENSSL_CAPATH) and os.listdir(OPENSSL_CAPATH):
        return
    bundle = os.path.join(getattr(sys, "_MEIPASS", ""), "certifi", "cacert.pem")
    if os.path.isfile(bundle):
        os.environ["SSL_CERT_FILE"] = bundle


_use_bundled_certificates()
