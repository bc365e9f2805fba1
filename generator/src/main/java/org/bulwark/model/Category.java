package org.bulwark.model;

/** The service categories of AWS's shared responsibility model. */
public enum Category implements Keyword { INFRASTRUCTURE, CONTAINER, ABSTRACTED }
