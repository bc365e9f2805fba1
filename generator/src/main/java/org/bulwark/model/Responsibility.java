package org.bulwark.model;

/** Who secures something under the shared responsibility model. */
public enum Responsibility implements Keyword { CUSTOMER, PROVIDER, SHARED }
