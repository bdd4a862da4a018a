/**
 * Networks: the ResNet-18 trunk shared by every encoder and discriminator, and the baseline
 * classifier.
 */
package org.cdgan.model;
