package org.workershome.congress;

/**
 * The motions committee decided on a motion: registered (立案), converted to a suggestion (转为意见建议, which the
 * suggestions module takes up as a 合理化建议), or declined (with the reason). {@code reason} and {@code proposal} are
 * the motion's own text, for the listener that keeps a converted motion.
 */
@org.springframework.modulith.NamedInterface("events")
public record MotionDecided(MotionFacts motion, Decision decision, String note, String reason, String proposal) {

    @org.springframework.modulith.NamedInterface("events")
    public enum Decision { REGISTERED, CONVERTED, DECLINED }
}
