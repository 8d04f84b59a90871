"""A Belgian eID for the virtual reader: a process speaking vpcd's protocol.

pcscd's vpcd driver (Debian's vsmartcard-vpcd) listens on <port> for a card and on
<port>+1 for a second slot's; a card goes in by connecting, comes out by closing the
connection. Every message is a 2-byte big-endian length and its bytes; a 1-byte message
is a control (0 power off, 1 power on, 2 reset, 4 ATR: answered with the ATR), anything
longer is a command APDU, answered with the response APDU (vsmartcard:
virtualsmartcard/src/vpcd/vpcd.c).

Not vpcd's client mode (the driver connecting to the card): Debian 12's vpcd 0.8 then
calls select() on an invalid socket as soon as a connection closes, and pcscd aborts
("bit out of range 0 - FD_SETSIZE"): a card could never be taken out.

Run as `python -m tests.helpers.vpcd_card PORT` (the first slot's). Commands, one per line on
stdin, each answered "ok" on stdout once done:
  insert <hex of the identity file>   a card goes in
  insert-other                        a card that is no eID (no DF01)
  insert-mute                         a card that answers nonsense (upside down)
  remove                              the card comes out
  remove-after <n>                    the cards put in from now on come out after n commands
  slow <seconds>                      each answer waits this long
"""

from __future__ import annotations

import contextlib
import socket
import struct
import sys
import threading
import time
from dataclasses import dataclass, field

EID_ATR = bytes.fromhex("3B9813400AA503010101AD1311")  # a Belgian eID applet v1.7
OTHER_ATR = bytes.fromhex("3B8F8001804F0CA000000306030001000000006A")  # a storage card
FILES = {0x3F00, 0xDF01, 0x4031}


@dataclass
class Card:
    atr: bytes
    identity: bytes = b""
    eid: bool = True
    mute: bool = False
    selected: int | None = None
    commands_left: int | None = None  # the card is pulled out after this many
    lock: threading.Lock = field(default_factory=threading.Lock)

    def answer(self, apdu: bytes) -> bytes:
        if len(apdu) < 4:
            return b"\x67\x00"
        _cla, ins, p1, p2 = apdu[:4]
        if ins == 0xA4:  # SELECT by file id
            file_id = int.from_bytes(apdu[5:7], "big") if len(apdu) >= 7 else -1
            if not self.eid and file_id != 0x3F00:
                return b"\x6a\x82"
            if file_id not in FILES:
                return b"\x6a\x82"
            self.selected = file_id
            return b"\x90\x00"
        if ins == 0xB0:  # READ BINARY
            if self.selected != 0x4031:
                return b"\x69\x86"
            offset = (p1 << 8) | p2
            wanted = apdu[4] if len(apdu) > 4 else 256
            wanted = wanted or 256
            left = len(self.identity) - offset
            if left <= 0:
                return b"\x6b\x00"
            if wanted > left:
                return bytes([0x6C, left])  # wrong length: ask again for exactly this
            return self.identity[offset : offset + wanted] + b"\x90\x00"
        return b"\x6d\x00"


def tlv(tag: int, value: bytes) -> bytes:
    """Fedict TLV, lengths in 7-bit groups."""
    groups = [value.__len__() & 0x7F]
    length = len(value) >> 7
    while length:
        groups.insert(0, 0x80 | (length & 0x7F))
        length >>= 7
    return bytes([tag, *groups]) + value


def identity_file(
    surname: str,
    first_names: str,
    birth_date: str,
    third_initial: str = "",
    national_number: str = "48031512345",
    document_type: str = "1",
    padding: int = 40,
) -> bytes:
    """An invented person's identity file, laid out like a card's (the fields the kiosk
    never reads, too: card number, chip number, validity, nationality...)."""
    fields = [
        (0x01, b"\x01" * 12),  # card number
        (0x02, b"\x53\x4c\x49\x4e" + b"\x00" * 12),  # chip number
        (0x03, b"01.01.2020"),
        (0x04, b"01.01.2030"),
        (0x05, b"Bruxelles"),
        (0x06, national_number.encode()),
        (0x07, surname.encode()),
        (0x08, first_names.encode()),
        (0x09, third_initial.encode()),
        (0x0A, b"Belge"),
        (0x0B, "Liège".encode()),
        (0x0C, birth_date.encode()),
        (0x0D, b"M"),
        (0x0F, document_type.encode()),
    ]
    return b"".join(tlv(tag, value) for tag, value in fields) + b"\x00" * padding


class CardProcess:
    def __init__(self, port: int) -> None:
        self.port = port
        self.card: Card | None = None
        self.delay = 0.0
        self.remove_after: int | None = None  # for the cards put in from now on
        self.connection: socket.socket | None = None

    def put_in(self, card: Card) -> None:
        """The card goes in: it connects to the reader's slot."""
        self.remove()
        card.commands_left = self.remove_after
        connection = socket.create_connection(("127.0.0.1", self.port), timeout=5)
        connection.settimeout(None)
        self.card, self.connection = card, connection
        threading.Thread(target=self.talk, args=(connection, card), daemon=True).start()

    def talk(self, connection: socket.socket, card: Card) -> None:
        try:
            while True:
                head = _receive(connection, 2)
                (length,) = struct.unpack(">H", head)
                message = _receive(connection, length)
                if self.card is not card:
                    break  # taken out
                if length == 1:
                    if message[0] == 4:
                        _send(connection, card.atr)
                    continue
                if card.commands_left is not None:
                    if card.commands_left <= 0:
                        self.remove()
                        break
                    card.commands_left -= 1
                if self.delay:
                    time.sleep(self.delay)
                if card.mute:  # a card the wrong way round: no sense comes back
                    _send(connection, b"\x00")
                    continue
                _send(connection, card.answer(message))
        except (OSError, EOFError):
            pass
        finally:
            connection.close()

    def remove(self) -> None:
        self.card = None
        if self.connection is not None:
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            self.connection = None

    def command(self, line: str) -> None:
        word, _, rest = line.strip().partition(" ")
        if word == "insert":
            self.put_in(Card(EID_ATR, bytes.fromhex(rest)))
        elif word == "insert-other":
            self.put_in(Card(OTHER_ATR, eid=False))
        elif word == "insert-mute":
            self.put_in(Card(EID_ATR, mute=True))
        elif word == "remove":
            self.remove()
        elif word == "remove-after":
            self.remove_after = int(rest)
        elif word == "slow":
            self.delay = float(rest)


def _receive(connection: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = connection.recv(size - len(data))
        if not chunk:
            raise EOFError
        data += chunk
    return data


def _send(connection: socket.socket, data: bytes) -> None:
    connection.sendall(struct.pack(">H", len(data)) + data)


def main() -> None:
    port = int(sys.argv[1])
    process = CardProcess(port)
    print("ready", flush=True)
    for line in sys.stdin:
        process.command(line)
        print("ok", flush=True)


if __name__ == "__main__":
    main()
