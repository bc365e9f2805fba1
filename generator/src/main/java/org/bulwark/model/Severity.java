package org.bulwark.model;

/** The impact of a control not being met. */
public enum Severity implements Keyword { CRITICAL, HIGH, MEDIUM, LOW }
