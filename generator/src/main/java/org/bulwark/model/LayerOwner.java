package org.bulwark.model;

/** Who owns one layer for one service, and what the customer must do there. */
public record LayerOwner(Ref layer, Responsibility owner, Markdown notes) {}
