// libFuzzer entry point for the config reader: Tests/Fuzz/fuzz-config.sh compiles it with
// TOMLKit's sources, toml++ (assertions on) and the reader's two files into one module.
// A failed toml++ assertion, a sanitizer report, a trap or a hang is a finding: the reader
// must turn every text into settings or an error.

@_cdecl("LLVMFuzzerTestOneInput")
public func configFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data, size > 0 else { return 0 }
    // The config file is checked to be UTF-8 before it is parsed.
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    _ = try? TOMLReader.parse(text)
    _ = TOMLKeyLines(text)
    return 0
}
