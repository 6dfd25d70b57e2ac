#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder's image (Ubuntu): it installs the Swift
# toolchain and bubblewrap, builds 'course' from the sources in this zip, and puts it on PATH.
# Written by 'course export --gradescope'. Set SWIFT_URL to another toolchain tarball if your image differs.
set -euo pipefail
SWIFT_URL="${SWIFT_URL:-https://download.swift.org/swift-6.3.1-release/ubuntu2204/swift-6.3.1-RELEASE/swift-6.3.1-RELEASE-ubuntu22.04.tar.gz}"
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    bubblewrap binutils git gnupg2 libc6-dev libcurl4-openssl-dev libedit2 libgcc-11-dev libpython3-dev libsqlite3-0 \
    libstdc++-11-dev libxml2-dev libncurses-dev libz3-dev pkg-config tzdata unzip zlib1g-dev curl ca-certificates python3
mkdir -p /opt/swift
curl -fsSL "$SWIFT_URL" | tar -xz -C /opt/swift --strip-components=1
export PATH="/opt/swift/usr/bin:$PATH"
cd /autograder/source/course
swift build -c release --product course
ln -sf "$(swift build -c release --show-bin-path)/course" /usr/local/bin/course
ln -sf /opt/swift/usr/bin/swiftc /usr/local/bin/swiftc
ln -sf /opt/swift/usr/bin/swift /usr/local/bin/swift
# Compile each suite for its starter ahead of the first student.
course prewarm --all || true
