package org.zhongchuang.policy.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.zhongchuang.policy.JavaSerialization.roundTrip;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamConstants;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/**
 * {@link Cny} and {@link Share} serialize through proxies: round trips give equal values, and streams that were
 * tampered with (a proxy with values no factory accepts, or the value class itself instead of its proxy) are refused
 * with an {@link InvalidObjectException}.
 */
class MoneySerializationTest {

  @Test
  void amountsRoundTrip() throws Exception {
    for (Cny amount : new Cny[] {Cny.ofFen(1), Cny.ofFen(-250_000_00), Cny.MAX, Cny.ofFen(Long.MIN_VALUE)}) {
      assertThat(roundTrip(amount)).isEqualTo(amount).hasSameHashCodeAs(amount);
    }
    assertThat(roundTrip(Cny.ZERO)).isSameAs(Cny.ZERO); // rebuilt through ofFen, which shares ZERO
  }

  @Test
  void sharesRoundTrip() throws Exception {
    for (Share share : new Share[] {Share.ZERO, Share.ONE, Share.percent(50), Share.percent("12.5"),
        Share.ofFraction(1, 3), Share.ofFraction(Long.MAX_VALUE, Long.MAX_VALUE - 1)}) {
      assertThat(roundTrip(share)).isEqualTo(share).hasSameHashCodeAs(share);
    }
  }

  @Test
  void propertyRoundTripsGiveEqualValues() {
    qt().withExamples(300).forAll(longs().all(), longs().between(0, Long.MAX_VALUE), longs().between(1,
        Long.MAX_VALUE)).checkAssert((fen, n, d) -> {
          try {
            assertThat(roundTrip(Cny.ofFen(fen))).isEqualTo(Cny.ofFen(fen));
            assertThat(roundTrip(Share.ofFraction(n, d))).isEqualTo(Share.ofFraction(n, d));
          } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void theStreamHoldsTheProxyNotTheValueClass() throws Exception {
    assertThat(new String(serialize(Cny.ofFen(7)), "ISO-8859-1")).contains("Cny$SerializationProxy");
    assertThat(new String(serialize(Share.ONE), "ISO-8859-1")).contains("Share$SerializationProxy");
  }

  // A Share proxy whose fields were changed in the stream: its numerator and denominator are found by value.
  private static final Share DISTINCT = Share.ofFraction(0x0123_4567_89AB_CDEFL, 0x0FED_CBA9_8765_4321L);

  @Test
  void aShareProxyWithAZeroDenominatorIsRefused() throws Exception {
    byte[] bytes = replaceLong(serialize(DISTINCT), DISTINCT.denominator(), 0);
    assertThatThrownBy(() -> deserialize(bytes)).isInstanceOf(InvalidObjectException.class)
        .hasMessageContaining("not a share").hasMessageContaining("denominator > 0");
  }

  @Test
  void aShareProxyWithANegativeNumeratorOrDenominatorIsRefused() throws Exception {
    byte[] negativeNumerator = replaceLong(serialize(DISTINCT), DISTINCT.numerator(), -1);
    assertThatThrownBy(() -> deserialize(negativeNumerator)).isInstanceOf(InvalidObjectException.class)
        .hasMessageContaining("numerator ≥ 0");
    byte[] negativeDenominator = replaceLong(serialize(DISTINCT), DISTINCT.denominator(), Long.MIN_VALUE);
    assertThatThrownBy(() -> deserialize(negativeDenominator)).isInstanceOf(InvalidObjectException.class);
  }

  @Test
  void aShareProxyWithAFractionNotInLowestTermsIsReducedByTheFactory() throws Exception {
    byte[] bytes = replaceLong(replaceLong(serialize(DISTINCT), DISTINCT.numerator(), 6), DISTINCT.denominator(), 4);
    Share read = (Share) deserialize(bytes);
    assertThat(read.numerator()).isEqualTo(3);
    assertThat(read.denominator()).isEqualTo(2);
  }

  @Test
  void aCnyProxyRebuildsThroughTheFactory() throws Exception {
    Cny amount = Cny.ofFen(0x0123_4567_89AB_CDEFL);
    assertThat(deserialize(replaceLong(serialize(amount), amount.toFen(), -5))).isEqualTo(Cny.ofFen(-5));
    assertThat(deserialize(replaceLong(serialize(amount), amount.toFen(), 0))).isSameAs(Cny.ZERO);
  }

  @Test
  void aStreamWithTheValueClassItselfIsRefused() {
    // What a stream of the classes without proxies would hold: the fields written directly.
    byte[] share = handMadeStream(Share.class.getName(), new String[] {"denominator", "numerator"}, new long[] {0, 1});
    assertThatThrownBy(() -> deserialize(share)).isInstanceOf(InvalidObjectException.class)
        .hasMessage("use the serialization proxy");
    byte[] cny = handMadeStream(Cny.class.getName(), new String[] {"fen"}, new long[] {5});
    assertThatThrownBy(() -> deserialize(cny)).isInstanceOf(InvalidObjectException.class)
        .hasMessage("use the serialization proxy");
  }

  @Test
  void theHandMadeStreamIsWellFormed() throws Exception {
    // The same bytes for the proxy class are read, so the refusal above comes from readObject, not from the format.
    String proxy = Share.class.getName() + "$SerializationProxy";
    byte[] bytes = handMadeStream(proxy, new String[] {"denominator", "numerator"}, new long[] {3, 1});
    assertThat(deserialize(bytes)).isEqualTo(Share.ofFraction(1, 3));
  }

  private static byte[] serialize(Object value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }

  private static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }

  /** The stream with the one occurrence of {@code from} (8 bytes, big-endian, as streams write longs) replaced. */
  private static byte[] replaceLong(byte[] stream, long from, long to) {
    byte[] needle = ByteBuffer.allocate(8).putLong(from).array();
    int found = -1;
    for (int i = 0; i + 8 <= stream.length; i++) {
      if (ByteBuffer.wrap(stream, i, 8).getLong() == from) {
        assertThat(found).as("one occurrence of %s", from).isEqualTo(-1);
        found = i;
      }
    }
    assertThat(found).as("an occurrence of %s", from).isNotNegative();
    byte[] copy = stream.clone();
    System.arraycopy(ByteBuffer.allocate(8).putLong(to).array(), 0, copy, found, needle.length);
    return copy;
  }

  /**
   * A serialization stream of one object of the named class, serialVersionUID 1, with {@code long} fields only,
   * written byte by byte after the Java Object Serialization Specification (section 6.4).
   */
  private static byte[] handMadeStream(String className, String[] fields, long[] values) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeShort(ObjectStreamConstants.STREAM_MAGIC);
      out.writeShort(ObjectStreamConstants.STREAM_VERSION);
      out.writeByte(ObjectStreamConstants.TC_OBJECT);
      out.writeByte(ObjectStreamConstants.TC_CLASSDESC);
      out.writeUTF(className);
      out.writeLong(1L);
      out.writeByte(ObjectStreamConstants.SC_SERIALIZABLE);
      out.writeShort(fields.length);
      for (String field : fields) {
        out.writeByte('J');
        out.writeUTF(field);
      }
      out.writeByte(ObjectStreamConstants.TC_ENDBLOCKDATA);
      out.writeByte(ObjectStreamConstants.TC_NULL); // no serializable superclass
      for (long value : values) {
        out.writeLong(value);
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return bytes.toByteArray();
  }
}
