package org.cthb.readiness.certificate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A W3C Bitstring Status List v1.0: one bit per issued credential, set when it is revoked, published
 * GZIP-compressed and multibase base64url-encoded as the {@code encodedList} of a status list credential.
 */
public final class BitstringStatusList {

    /** The specification's minimum (16 KB), so that one set bit does not single out a credential among few. */
    public static final int MINIMUM_BITS = 131_072;
    private static final char MULTIBASE_BASE64URL = 'u';
    /** Bounds what {@link #decode} inflates, so a hostile list cannot exhaust memory. */
    private static final int MAXIMUM_BYTES = 16 * 1024 * 1024;

    private final byte[] bits;

    /** An empty list of the minimum size. */
    public BitstringStatusList() {
        this(MINIMUM_BITS);
    }

    /** An empty list of {@code size} bits, a multiple of 8 and at least {@link #MINIMUM_BITS}. */
    public BitstringStatusList(int size) {
        if (size < MINIMUM_BITS || size % 8 != 0) {
            throw new IllegalArgumentException("a status list needs a multiple of 8 bits, at least " + MINIMUM_BITS);
        }
        this.bits = new byte[size / 8];
    }

    private BitstringStatusList(byte[] bits) {
        this.bits = bits;
    }

    /** Reads an {@code encodedList}; the multibase prefix {@code u} is required, as the specification says. */
    public static BitstringStatusList decode(String encodedList) {
        if (encodedList == null || encodedList.isEmpty() || encodedList.charAt(0) != MULTIBASE_BASE64URL) {
            throw new IllegalArgumentException("an encoded status list starts with the multibase prefix 'u'");
        }
        byte[] compressed = Base64.getUrlDecoder().decode(encodedList.substring(1));
        try (var in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] bits = in.readNBytes(MAXIMUM_BYTES + 1);
            if (bits.length == 0 || bits.length > MAXIMUM_BYTES) {
                throw new IllegalArgumentException("a status list must hold between 1 and " + MAXIMUM_BYTES + " bytes");
            }
            return new BitstringStatusList(bits);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a GZIP-compressed status list", e);
        }
    }

    /** The number of entries. */
    public int size() {
        return bits.length * 8;
    }

    /** Sets the bit at {@code index}: the credential with that {@code statusListIndex} is revoked. */
    public void set(int index) {
        bits[byteOf(index)] |= (byte) mask(index);
    }

    public boolean isSet(int index) {
        return (bits[byteOf(index)] & mask(index)) != 0;
    }

    /** The {@code encodedList} value: GZIP, then base64url without padding, with the multibase prefix. */
    public String encode() {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(compressed)) {
            out.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return MULTIBASE_BASE64URL + Base64.getUrlEncoder().withoutPadding().encodeToString(compressed.toByteArray());
    }

    private int byteOf(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("status list index " + index + " outside 0.." + (size() - 1));
        }
        return index / 8;
    }

    /** Index 0 is the left-most (most significant) bit of the first byte, as the specification requires. */
    private static int mask(int index) {
        return 0x80 >>> (index % 8);
    }
}
