package org.workershome.congress;

/** The motions committee decided on a motion: registered (立案), converted to an opinion, or declined (with the reason). */
public record MotionDecided(MotionFacts motion, Decision decision, String note) {

    public enum Decision { REGISTERED, CONVERTED, DECLINED }
}
