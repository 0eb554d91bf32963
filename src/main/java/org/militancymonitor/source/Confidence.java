package org.militancymonitor.source;

public enum Confidence {

	HIGH, MODERATE, LOW

}
