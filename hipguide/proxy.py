"""The client's address, as the one proxy in front of the app servers reports it."""

from django.conf import settings


def client_ip(request):
    """The address the nearest trusted proxy saw, never one the client wrote itself.

    Each proxy appends the address it received the request from to X-Forwarded-For, so with
    TRUSTED_PROXY_COUNT proxies the client is that many entries from the right; anything further
    left was sent by the client and can be forged. Without a proxy, the socket's address.
    """
    count = settings.TRUSTED_PROXY_COUNT
    forwarded = [
        address.strip()
        for address in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if address.strip()
    ]
    if count and len(forwarded) >= count:
        return forwarded[-count]
    return request.META.get("REMOTE_ADDR")
