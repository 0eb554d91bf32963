package org.militancymonitor.claim;

public enum Confidence {

	HIGH, MODERATE, LOW

}
