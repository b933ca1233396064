package io.github.mantelzorg.model;

/** Phase of the method Een Sterk Sociaal Netwerk: orientation, coaching, doing. */
public enum NetwerkFase { ORIENTATIE, COACHING, DOEN }
