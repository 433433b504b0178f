package org.cthb.readiness.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class BitstringStatusListTest {

    @Test
    void setBitReadsBackAndItsNeighboursStayClear() {
        BitstringStatusList list = new BitstringStatusList();

        list.set(12_345);

        assertThat(list.isSet(12_345)).isTrue();
        assertThat(list.isSet(12_344)).isFalse();
        assertThat(list.isSet(12_346)).isFalse();
    }

    @Test
    void encodedListDecodesToTheSameBits() {
        BitstringStatusList list = new BitstringStatusList();
        List<Integer> revoked = List.of(0, 1, 7, 8, 94_567, 131_071);
        revoked.forEach(list::set);

        BitstringStatusList decoded = BitstringStatusList.decode(list.encode());

        assertThat(decoded.size()).isEqualTo(BitstringStatusList.MINIMUM_BITS);
        assertThat(IntStream.range(0, decoded.size()).filter(decoded::isSet).boxed().toList()).isEqualTo(revoked);
    }

    @Test
    void indexZeroIsTheLeftMostBitOfTheFirstByte() throws IOException {
        BitstringStatusList list = new BitstringStatusList();
        list.set(0);
        list.set(9);

        byte[] bits = gunzip(list.encode());

        assertThat(bits).hasSize(16_384);
        assertThat(bits[0] & 0xff).isEqualTo(0b1000_0000);
        assertThat(bits[1] & 0xff).isEqualTo(0b0100_0000);
    }

    @Test
    void minimumSizeListEncodesSmallAsMultibaseBase64urlWithoutPadding() {
        String encoded = new BitstringStatusList().encode();

        assertThat(encoded).startsWith("u").hasSizeLessThan(200).matches("u[A-Za-z0-9_-]+");
    }

    @Test
    void readsTheExampleFromTheW3cSpecification() {
        BitstringStatusList list = BitstringStatusList.decode(
                "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA");

        assertThat(list.size()).isEqualTo(131_072);
        assertThat(IntStream.range(0, list.size()).noneMatch(list::isSet)).isTrue();
    }

    @Test
    void refusesListsWithoutTheMultibasePrefixOrNotCompressed() {
        String encoded = new BitstringStatusList().encode();

        assertThatThrownBy(() -> BitstringStatusList.decode(encoded.substring(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multibase");
        assertThatThrownBy(() -> BitstringStatusList.decode("uAAAA"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GZIP");
    }

    @Test
    void refusesIndexesOutsideTheListAndListsBelowTheMinimum() {
        BitstringStatusList list = new BitstringStatusList();

        assertThatThrownBy(() -> list.set(131_072)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.isSet(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new BitstringStatusList(1024)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] gunzip(String encoded) throws IOException {
        byte[] compressed = Base64.getUrlDecoder().decode(encoded.substring(1));
        try (var in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }
}
