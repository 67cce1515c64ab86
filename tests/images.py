"""Image files made on the spot, for upload tests."""

import io
import os

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image


def image_bytes(image_format, size=(40, 30), noise=False):
    if noise:
        # Random pixels do not compress, so the file is as large as the image.
        image = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    else:
        image = Image.new("RGB", size, (0, 94, 184))
    buffer = io.BytesIO()
    image.save(buffer, image_format)
    return buffer.getvalue()


def upload(content, name, content_type="image/png"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def image_file(image_format, name, content_type="image/png"):
    return upload(image_bytes(image_format), name, content_type)


def blank_png(size):
    """A one-bit PNG of any size: a 12000 × 12000 one is a few kilobytes on disk, 576 MB
    decoded as a browser decodes it (RGBA), and under 20 MB while it is made here."""
    buffer = io.BytesIO()
    Image.new("1", size).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()
