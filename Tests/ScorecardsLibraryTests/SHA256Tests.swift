import Testing
@testable import ScorecardsLibrary

@Suite struct SHA256Tests {
    // FIPS 180-4 examples and the NIST long-message vector.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
        // UTF-8 input; digest from Python's hashlib.
        ("长江日报", "e4217bbae19d244982967c5cd475932912509e3a6dc5dad6f62976d8d3786bad"),
    ])
    func knownVectors(message: String, digest: String) {
        #expect(SHA256.hex(Array(message.utf8)) == digest)
    }

    @Test func millionAs() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(message) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Lengths around the 55/56/64-byte padding boundaries, fed in uneven pieces, must give
    /// the one-shot digest.
    @Test func incrementalEqualsOneShot() {
        for length in [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000] {
            let message = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            let oneShot = SHA256.hex(message)
            for piece in [1, 3, 63, 64, 100] {
                var hasher = SHA256()
                var rest = message[...]
                while !rest.isEmpty {
                    hasher.update(rest.prefix(piece))
                    rest = rest.dropFirst(piece)
                }
                let digest = hasher.finalize().map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
                #expect(digest == oneShot, "length \(length), pieces of \(piece)")
            }
        }
    }
}
