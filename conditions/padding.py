"""Checklist pages all the same length, so their size tells nothing of the answers.

A page's length shows in access logs and, through TLS, to anyone watching the network; without
padding each answer gave its own size. Each page is padded with spaces after ``</html>``, which
browsers and screen readers ignore, up to a whole number of blocks. Every checklist page fits in
one block today with room to spare; a page that ever outgrows it is padded to the next block
rather than cut, so it still works (and the length tests then fail until the block grows).
"""

import functools

# The largest checklist page, every one of the 29 signs ticked, is about 20 KB.
BLOCK = 32 * 1024


def padded(view):
    @functools.wraps(view)
    def pad(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        length = len(response.content)
        response.content = response.content + b" " * (-length % BLOCK)
        return response

    return pad
