"""Images editors upload through the Markdown editor: judged by their bytes, never their name."""

import uuid
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from markdownx.settings import MARKDOWNX_MEDIA_PATH
from PIL import Image

# Pillow's name for each accepted format: the extension it is stored with and its content type.
IMAGE_FORMATS = {
    "JPEG": ("jpg", "image/jpeg"),
    "PNG": ("png", "image/png"),
    "WEBP": ("webp", "image/webp"),
}
CONTENT_TYPES = {extension: content_type for extension, content_type in IMAGE_FORMATS.values()}
NOT_AN_IMAGE = "This file is not a JPEG, PNG or WebP image. Save it as one of those and try again."
TOO_LARGE = "This image is larger than the most, 2 MB. Make it smaller and try again."
# Readers' phones decode every image in full: 16 megapixels is 64 MB of memory already.
MAX_SIDE = 4096
MAX_PIXELS = 16 * 1024 * 1024  # 4096 × 4096
TOO_MANY_PIXELS = (
    f"This image is too big to show on a phone: at most {MAX_SIDE} pixels on a side and "
    f"16 megapixels. Make it smaller and try again."
)
# Pillow refuses outright to open anything over twice this (a decompression bomb); the size is
# read from the file's header, never by decoding it.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS


def image_format(upload):
    """The real format of an uploaded file, read from its bytes, or a ValidationError."""
    limit = settings.MARKDOWNX_UPLOAD_MAX_SIZE
    if upload.size > limit:
        raise ValidationError(
            f"This image is {upload.size / 1024 / 1024:.1f} MB; the most is "
            f"{limit / 1024 / 1024:.0f} MB. Make it smaller and try again."
        )
    upload.seek(0)
    try:
        # Only these parsers are tried, so a file cannot pass as some other format.
        with Image.open(upload, formats=list(IMAGE_FORMATS)) as image:
            found = image.format
            width, height = image.size  # from the header: nothing is decoded yet
            if max(width, height) > MAX_SIDE or width * height > MAX_PIXELS:
                raise ValidationError(TOO_MANY_PIXELS)
            image.verify()
    except ValidationError:
        raise
    except Image.DecompressionBombError as error:
        raise ValidationError(TOO_MANY_PIXELS) from error
    # A broken or hostile file can make Pillow raise almost anything; all of it means no.
    except Exception as error:
        raise ValidationError(NOT_AN_IMAGE) from error
    finally:
        upload.seek(0)
    if found not in IMAGE_FORMATS:
        raise ValidationError(NOT_AN_IMAGE)
    return found


def save_image(upload):
    """Store a checked image under a random name with its real extension; return its URL."""
    extension, _ = IMAGE_FORMATS[image_format(upload)]
    name = default_storage.save(f"{MARKDOWNX_MEDIA_PATH}{uuid.uuid4().hex}.{extension}", upload)
    return default_storage.url(name)


def content_type_for(name):
    """The content type an uploaded file is served with, or None if it is not an image we store."""
    return CONTENT_TYPES.get(PurePosixPath(name).suffix.lower().lstrip("."))
